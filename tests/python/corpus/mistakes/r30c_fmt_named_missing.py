# str.format with a named field that was not passed.
# (kept short on purpose: the mistake is the point)
#
msg = "Dear {title} {name},"
print(msg.format(name="Smith"))
