# a list of task names; a missing comma before a tuple of options
tasks = ["fetch", "parse" ("save", "fast")]
print(len(tasks))
# (end of the program)
# (end of the program)
