# I wanted the repr of the name so I wrote !R in capitals
name = "worker-1"
status = "done"
print(f"{name!R} is {status}")
# (end of the program)
