ADMINS = frozenset({"ada", "bob"})


def promote(user, admins=ADMINS):
    if user in admins:
        return admins
    admins.add(user)
    return admins


print(sorted(promote("ada")))
print(sorted(promote("eve")))
