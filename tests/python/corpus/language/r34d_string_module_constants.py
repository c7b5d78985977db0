# The string module: constants, capwords, a password checker and a simple substitution cipher
import string, random

print(string.ascii_lowercase, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), len(string.printable), string.punctuation)
print(string.capwords("hello   wORLD  of python"), string.capwords("a-b-c", "-"))
random.seed(5)
pool = string.ascii_letters + string.digits
print("".join(random.choice(pool) for _ in range(12)))

def strength(pw):
    checks = {
        "lower": any(c in string.ascii_lowercase for c in pw),
        "upper": any(c in string.ascii_uppercase for c in pw),
        "digit": any(c in string.digits for c in pw),
        "symbol": any(c in string.punctuation for c in pw),
        "length": len(pw) >= 8,
    }
    return sum(checks.values()), [k for k, ok in checks.items() if not ok]

for pw in ["abc", "Password1", "P@ssw0rd!!", "12345678"]:
    print(f"{pw:12} {strength(pw)}")
letters = list(string.ascii_lowercase)
random.shuffle(letters)
key = str.maketrans(string.ascii_lowercase, "".join(letters))
secret = "attack at dawn".translate(key)
back = secret.translate({v: k for k, v in key.items()})
print(secret, back)
