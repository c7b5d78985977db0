# str.format with a named field that was not passed.
msg = "Dear {title} {name},"
print(msg.format(name="Smith"))
