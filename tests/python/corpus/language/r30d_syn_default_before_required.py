# A default parameter placed before a required one in a function definition
def connect(host='localhost', port):
    return f'{host}:{port}'


print(connect(port=80))
