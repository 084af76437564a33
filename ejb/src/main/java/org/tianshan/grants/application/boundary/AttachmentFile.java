package org.tianshan.grants.application.boundary;

/** An attachment's bytes for download, with the name and the sniffed type to serve them under. */
public record AttachmentFile(String fileName, String contentType, String sha256, byte[] content) {
}
