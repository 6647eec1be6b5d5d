package fr.journees;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class JourneesApplication {

    public static void main(String[] args) {
        SpringApplication.run(JourneesApplication.class, args);
    }
}
