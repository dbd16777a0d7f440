package org.nianbao.render;

/** Where rendered files go: a path relative to the column folder, with forward slashes, and its bytes. */
@FunctionalInterface
public interface PageSink {
    void write(String path, byte[] bytes);
}
