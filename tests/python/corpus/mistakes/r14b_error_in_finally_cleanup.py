# Mistake: the finally block closes a resource that was never opened (NameError chained to the first error).
def read_numbers(path):
    try:
        handle = open(path)
        return [int(line) for line in handle]
    finally:
        handle.close()


print(read_numbers('no_such_file_here.txt'))
