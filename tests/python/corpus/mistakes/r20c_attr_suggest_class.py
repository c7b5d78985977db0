# AttributeError suggestions on types, instances with many attributes
class Config:
    def __init__(self):
        self.timeout = 5
        self.retries = 3
        self.verbose = False
for src in ["str.lowr", "list.apend", "dict.iteritems", "Config().timout", "Config().retry", "Config().x"]:
    try:
        eval(src)
    except AttributeError as e:
        print(e)
[].push(1)
