# getattr/setattr/hasattr on objects, and __slots__ refusing a new attribute
class Config:
    __slots__ = ('host', 'port')
    def __init__(self, host, port):
        self.host = host
        self.port = port

c = Config('localhost', 8080)
for name in ('host', 'port', 'user'):
    print(name, hasattr(c, name), getattr(c, name, '<none>'))
setattr(c, 'port', 9090)
print(c.port)
try:
    c.user = 'bob'
except AttributeError as e:
    print('AttributeError:', e)
print(Config.__slots__)
del c.host
print(c.host)
