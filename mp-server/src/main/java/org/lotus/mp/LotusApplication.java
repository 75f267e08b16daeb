package org.lotus.mp;

import org.mybatis.spring.annotation.MapperScan;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication(scanBasePackages = "org.lotus")
@ConfigurationPropertiesScan("org.lotus")
@MapperScan(basePackages = "org.lotus", annotationClass = org.apache.ibatis.annotations.Mapper.class)
public class LotusApplication {

    public static void main(String[] args) {
        SpringApplication.run(LotusApplication.class, args);
    }
}
