package org.fitsflow.mail;

/** A file to send with an e-mail: its name as the recipient sees it, its media type and its bytes. */
public record Attachment(String name, String contentType, byte[] content) {
}
