variable "db_name" {
  description = "Database name (lowercase letters, numbers and underscores)"
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9_]*$", var.db_name))
    error_message = "db_name must match ^[a-z][a-z0-9_]*$."
  }
}

variable "environment" {
  description = "dev, staging or production"
  type        = string

  validation {
    condition     = contains(["dev", "staging", "production"], var.environment)
    error_message = "environment must be dev, staging or production."
  }
}

variable "owner_team" {
  description = "Owning team, used for the Team cost-allocation tag"
  type        = string
}

variable "instance_class" {
  description = "RDS instance class"
  type        = string
  default     = "db.r7g.large"
}

variable "storage_gb" {
  description = "Allocated storage in GB; autoscaling may grow it to twice this size"
  type        = number
  default     = 100
}

variable "multi_az" {
  description = "Run a synchronous standby in a second availability zone"
  type        = bool
  default     = false
}
