# A login system keeping salted SHA-256 hashes of passwords, with attempts read from input().
import hashlib

def hash_pw(password, salt):
    return hashlib.sha256((salt + password).encode("utf-8")).hexdigest()

users = {}
for name, pw, salt in [("ana", "s3cret!", "x1"), ("bo", "hunter2", "q9")]:
    users[name] = (salt, hash_pw(pw, salt))
    print(f"{name}: {users[name][1][:16]}...")

tries = 0
while tries < 3:
    name = input("user: ").strip()
    pw = input("password: ")
    tries += 1
    salt, stored = users.get(name, ("", None))
    if stored is not None and hash_pw(pw, salt) == stored:
        print(f"welcome, {name}! (after {tries} tries)")
        break
    print("wrong user or password")
else:
    print("locked out")
print(hashlib.md5(b"hello").hexdigest(), hashlib.sha1(b"hello").hexdigest())
h = hashlib.sha256()
for chunk in [b"hel", b"lo"]:
    h.update(chunk)
print(h.hexdigest() == hashlib.sha256(b"hello").hexdigest(), h.name, h.digest_size, len(h.digest()))
try:
    hashlib.sha256("not bytes")
except TypeError as e:
    print("TypeError:", e)
