package org.clipfile.archive;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of database work run by {@link Archive#read} or {@link Archive#write} in one transaction. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
