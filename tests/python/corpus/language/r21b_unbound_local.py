# scopes: assigning to a name later in the function makes it local (UnboundLocalError)
counter = 0
def show():
    print(counter)
show()
def increment_ok():
    global counter
    counter += 1
increment_ok()
print(counter)
def increment():
    counter += 1
increment()
