package org.clipfile.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the real command line, in this JVM: its exit status and what it wrote. */
record Run(int status, String out, String err) {

    static Run of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = ClipfileCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }

    /** {@code command --archive=ARCHIVE rest...}: the archive a file or a team archive's address. */
    static Run in(Object archive, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = args[0];
        all[1] = "--archive=" + archive;
        System.arraycopy(args, 1, all, 2, args.length - 1);
        return of(all);
    }
}
