package org.tianshan.grants.config;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AsadminScriptTest {

    @Test
    void fillsPlaceholdersAndEscapesPropertySeparators() {
        List<List<String>> commands = AsadminScript.parse("""
                # a comment
                create-jdbc-connection-pool --property user=${u}:password=${p}:portNumber=${port} pool

                ping-connection-pool pool
                """, Map.of("u", "root", "p", "a:b=c", "port", "3306"));
        assertEquals(List.of(
                List.of("create-jdbc-connection-pool", "--property", "user=root:password=a\\:b\\=c:portNumber=3306", "pool"),
                List.of("ping-connection-pool", "pool")), commands);
    }

    @Test
    void writesAnEmptyValueAsAsadminsEmptyString() {
        assertEquals("user=root:password=():serverName=h", AsadminScript.substitute("user=${u}:password=${p}:serverName=${h}",
                Map.of("u", "root", "p", "", "h", "h")));
    }

    @Test
    void refusesAPlaceholderWithoutValue() {
        assertThrows(IllegalArgumentException.class, () -> AsadminScript.substitute("value=${missing}", Map.of()));
    }
}
