package org.clipfile.cli;

import java.util.List;

/**
 * Commands kept outside the product's code: the benchmark and measuring tools in {@code src/bench}
 * ({@code bench}, {@code window-bench}, {@code sample-archive}, {@code capture-quality}). They are found
 * at start-up through {@link java.util.ServiceLoader}, so the product never names them; a build without
 * them is simply a command line without them.
 */
public interface ToolCommands {
    /** picocli commands to add under {@code clipfile}; each may refer to {@link ClipfileCommand} as its parent. */
    List<Object> commands();
}
