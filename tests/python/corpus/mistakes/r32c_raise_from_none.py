# raise ... from None hides the original KeyError.
class MissingUser(LookupError):
    pass

USERS = {1: "ann"}

def user(uid):
    try:
        return USERS[uid]
    except KeyError:
        raise MissingUser(uid) from None

print(user(1))
user(2)
