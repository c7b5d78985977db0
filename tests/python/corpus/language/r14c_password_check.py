# A password strength checker with any()/all(), reasons, and a score.
import string

def check(pw):
    reasons = []
    if len(pw) < 8:
        reasons.append("too short")
    if not any(c.isupper() for c in pw):
        reasons.append("no uppercase")
    if not any(c.islower() for c in pw):
        reasons.append("no lowercase")
    if not any(c.isdigit() for c in pw):
        reasons.append("no digit")
    if not any(c in string.punctuation for c in pw):
        reasons.append("no symbol")
    if pw.lower() in {"password", "qwerty123", "letmein"}:
        reasons.append("too common")
    return 5 - min(len(reasons), 5), reasons

for pw in ["abc", "password", "Password1", "P@ssw0rd!", "correct horse battery staple", "ÄÖÜäöü12!"]:
    score, why = check(pw)
    print(f"{pw!r:32} {'*' * score:<5} {', '.join(why) or 'strong'}")
print(string.ascii_letters[:10], string.digits, len(string.punctuation))
