package io.servicebalance.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * An exclusive lock on a data directory, held by the ServiceBalance process that runs its embedded PostgreSQL for as
 * long as it runs. Another process that cannot take it knows the server is in use (and shares it) rather than taking
 * it for an orphan; a process that can take it knows any server still on the files was left by a killed process.
 */
final class DataDirLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another process holds it. */
    static Optional<DataDirLock> tryAcquire(Path clusterDir) throws IOException {
        Path file = clusterDir.resolveSibling(clusterDir.getFileName() + ".lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new DataDirLock(channel, lock));
        } catch (OverlappingFileLockException e) {
            channel.close();
            throw new IllegalStateException("this process already holds the lock of " + clusterDir, e);
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
