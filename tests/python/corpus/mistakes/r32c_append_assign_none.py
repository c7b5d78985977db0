# Assigning the result of append back to the list.
todo = ["wash"]
todo = todo.append("cook")
print(todo)
todo.append("clean")
