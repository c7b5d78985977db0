# Language: class attributes against instance attributes, __getattr__, setattr/getattr/hasattr.
class Config:
    defaults = {'delay': 0.1, 'workers': 2}
    instances = 0

    def __init__(self, **overrides):
        Config.instances += 1
        self.overrides = overrides

    def __getattr__(self, name):
        if name in self.overrides:
            return self.overrides[name]
        if name in self.defaults:
            return self.defaults[name]
        raise AttributeError(f'no setting {name!r}')

a = Config(delay=0.5)
b = Config()
print(a.delay, b.delay, a.workers, Config.instances, a.instances)
b.instances = 10
print(b.instances, Config.instances, 'instances' in vars(b))
setattr(a, 'name', 'first')
print(getattr(a, 'name'), getattr(b, 'name', '-'), hasattr(a, 'missing'))
try:
    b.missing
except AttributeError as e:
    print('AttributeError:', e)
print(sorted(vars(a)), type(a).__name__, Config.__name__, a.__dict__['overrides'])
