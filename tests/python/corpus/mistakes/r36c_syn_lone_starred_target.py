# collect every value from the queue into a list with a starred name
values = (10, 20, 30)
*everything = values
print(everything)
# (end of the program)
