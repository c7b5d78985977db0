# Raising OSError with errno and a message, and a subclass chosen by errno.
import errno

def open_device(name):
    raise OSError(errno.ENOENT, "No such device", name)

try:
    open_device("/dev/x")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.filename)
raise OSError(errno.EACCES, "Permission denied")
