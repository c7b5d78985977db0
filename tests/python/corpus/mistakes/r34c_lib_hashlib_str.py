# Hashing a password string without encoding it
import hashlib

print(hashlib.sha256(b"secret").hexdigest()[:16])
password = "secret"
print(hashlib.sha256(password).hexdigest())
