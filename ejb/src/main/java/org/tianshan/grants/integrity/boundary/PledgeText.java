package org.tianshan.grants.integrity.boundary;

/**
 * The text of a pledge kind as shown to the signer: the binding Chinese text, an English reading aid,
 * its version and the SHA-256 of the Chinese text (what a signature refers to).
 */
public record PledgeText(String kind, String version, String text, String textEn, String hash) {
}
