// A worker that fails as it starts: what a thread whose script is broken or missing does.
throw new Error('this worker cannot start');
