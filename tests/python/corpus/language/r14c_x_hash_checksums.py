# Checksums of messages with hashlib.new by name, comparing algorithms and spotting a changed message.
import hashlib

messages = ["The quick brown fox", "The quick brown fox.", "", "héllo wörld" * 20]
for algo in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    h = hashlib.new(algo)
    print(f"{algo:<7} size={h.digest_size:>2} block={h.block_size:>3}")
    for m in messages:
        print("   ", hashlib.new(algo, m.encode()).hexdigest()[:24], repr(m[:12]))
a = hashlib.sha256(messages[0].encode()).digest()
b = hashlib.sha256(messages[1].encode()).digest()
print(sum(x != y for x, y in zip(a, b)), "of", len(a), "bytes differ")
try:
    hashlib.new("sha999")
except ValueError as e:
    print("ValueError:", e)
