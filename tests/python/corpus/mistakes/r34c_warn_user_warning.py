# Warning about a deprecated option with warnings.warn
import warnings

def connect(host, secure=None):
    if secure is not None:
        warnings.warn("'secure' is deprecated, use 'tls'")
    return f"connected to {host}"

print(connect("db"))
print(connect("db", secure=True))
print(connect("db", secure=False))
