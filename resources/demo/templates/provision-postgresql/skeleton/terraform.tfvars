# Values chosen in Atrium (provision-postgresql template).
db_name        = "${{ values.dbName }}"
environment    = "${{ values.environment }}"
owner_team     = "${{ (values.ownerTeam | parseEntityRef).name }}"
instance_class = "${{ values.instanceClass }}"
storage_gb     = ${{ values.storageGb }}
multi_az       = ${{ values.multiAz }}
