users = [{"name": "ada", "langs": ["py", "c"]}]

for user in users:
    print("{0[name]} knows {0[langs][0]}".format(user))
    print("{u.name} knows {n} languages".format(u=user, n=len(user["langs"])))
