package dev.hparamadvisor.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What moving a hyperparameter does.
 *
 * @param increase the effect of raising it
 * @param decrease the effect of lowering it
 */
public record Effects(@JsonProperty("increase") String increase, @JsonProperty("decrease") String decrease) {

}
