# Writing raw bytes to standard output through sys.stdout.buffer, mixed with ordinary prints.
import sys

print("text line first", flush=True)
data = "héllo wörld\n".encode("utf-8")
n = sys.stdout.buffer.write(data)
sys.stdout.buffer.flush()
print("wrote", n, "bytes")
sys.stdout.buffer.write(bytes(range(65, 75)) + b"\n")
sys.stdout.flush()
print("encoding:", sys.stdout.encoding)
