# A password strength checker with any/all, re, a rules table of lambdas and a seeded generator
import random
import re
import string

RULES = [
    ("at least 8 characters", lambda p: len(p) >= 8),
    ("a lowercase letter", lambda p: any(c.islower() for c in p)),
    ("an uppercase letter", lambda p: any(c.isupper() for c in p)),
    ("a digit", lambda p: re.search(r"\d", p) is not None),
    ("a symbol", lambda p: any(c in string.punctuation for c in p)),
    ("no spaces", lambda p: " " not in p),
]


def check(pw):
    failed = [name for name, rule in RULES if not rule(pw)]
    score = len(RULES) - len(failed)
    label = ["terrible", "weak", "weak", "fair", "good", "strong", "excellent"][score]
    return score, label, failed


for pw in ["abc", "password", "Passw0rd", "Tr0ub4dor&3", "correct horse", "C0rrect-Horse"]:
    score, label, failed = check(pw)
    print(f"{pw!r:16} {score}/{len(RULES)} {label:9} missing: {', '.join(failed) or '-'}")
random.seed(8)
alphabet = string.ascii_letters + string.digits + "!@#$%"
generated = "".join(random.choice(alphabet) for _ in range(12))
print(generated, check(generated)[:2])
print(check(None))
