package com.acmecommerce.${{ values.packageName }};

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point of ${{ values.serviceName }}.
 *
 * Logging, tracing, metrics and the standard error envelope come from
 * acme-spring-boot-starter; see https://github.com/acme-commerce/acme-spring-boot-starter
 */
@SpringBootApplication
public class Application {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
