package org.tianshan.grants.project.boundary;

/** The contract as a PDF: a file name, the bytes, and the content hash printed on each page. */
public record ContractDocument(String fileName, byte[] content, String contentHash) {
}
