# Mistake: a KeyError inside a dict literal written over several lines.
user = {"first": "Ada", "last": "Lovelace", "born": 1815}

card = {
    "name": user["first"] + " " + user["last"],
    "age": 1852 - user["born"],
    "email": user["mail"].lower(),
}
print(card)
