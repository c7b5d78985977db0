# tracking the last score with a walrus on the comprehension variable
scores = [3, 8, 5]
doubled = [(s := s * 2) for s in scores]
print(doubled)
# (end of the program)
