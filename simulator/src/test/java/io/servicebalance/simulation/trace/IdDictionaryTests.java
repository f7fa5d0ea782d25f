package io.servicebalance.simulation.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdDictionaryTests {

    @Test
    void numbersIdsByFirstAppearanceThroughEveryGrowthAndFindsOnlyThoseAdded() {
        IdDictionary dictionary = new IdDictionary();
        List<String> added = new ArrayList<>();
        Map<String, Integer> numbers = new HashMap<>();
        for (int k = 0; k < 50_000; k++) {
            String id = k % 3 == 0 ? "c-" + k : "customer-\u00e9-" + (k * 7919 % 50_000);
            byte[] bytes = ("xx" + id + "yy").getBytes(StandardCharsets.UTF_8);
            int number = dictionary.intern(bytes, 2, bytes.length - 2);
            Integer known = numbers.putIfAbsent(id, added.size());
            assertThat(number).isEqualTo(known == null ? added.size() : known);
            if (known == null) {
                added.add(id);
            }
        }
        assertThat(dictionary.size()).isEqualTo(added.size());
        assertThat(dictionary.strings()).containsExactlyElementsOf(added);
        for (int n = 0; n < added.size(); n += 97) {
            byte[] bytes = added.get(n).getBytes(StandardCharsets.UTF_8);
            assertThat(dictionary.indexOf(bytes, 0, bytes.length)).isEqualTo(n);
        }
        byte[] absent = "c-1".getBytes(StandardCharsets.UTF_8);
        assertThat(dictionary.indexOf(absent, 0, absent.length)).isEqualTo(-1);
        assertThat(dictionary.indexOf(absent, 0, 0)).isEqualTo(-1);
    }
}
