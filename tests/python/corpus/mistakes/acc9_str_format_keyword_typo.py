# A misspelt keyword in str.format.
print("start")

template = "{name} took {secs:.1f} s"
print(template.format(name="a", secs=1.25))
print(template.format(nme="b", secs=2))
