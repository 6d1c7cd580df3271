package dev.hparamadvisor.studies;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The storage contract on H2 in PostgreSQL mode, in memory (the default's engine). */
@SpringBootTest
@Import(StudiesTestConfiguration.class)
class StudyStorageTests extends StudyStorageContract {

}
