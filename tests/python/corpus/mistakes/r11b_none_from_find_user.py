# A lookup that returns None for an unknown user; the caller forgets to check.
users = [
    {"id": 1, "name": "ana", "email": "ana@example.org"},
    {"id": 2, "name": "ben", "email": "ben@example.org"},
]

def find_user(uid):
    for u in users:
        if u["id"] == uid:
            return u

def email_domain(uid):
    user = find_user(uid)
    return user["email"].split("@")[1]

print(email_domain(1))
print(email_domain(3))
