# warnings: warn() with categories and stacklevel (past the outermost frame:
# sys:1), once per place by default, DeprecationWarning shown in __main__,
# catch_warnings(record=True), 'error', filterwarnings by message, 'once',
# formatwarning and a replaced showwarning.
import warnings

def old_api(x):
    warnings.warn('old_api() is deprecated, use new_api()', DeprecationWarning, stacklevel=2)
    return x

def helper():
    warnings.warn('careful with helper')

print(old_api(1))
for i in range(3):
    helper()
    warnings.warn(f'loop {i % 2}', RuntimeWarning)
warnings.warn('deep', UserWarning, stacklevel=5)
warnings.warn(Warning('an instance'))
try:
    warnings.warn('x', category=int)
except TypeError as e:
    print('TypeError:', e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    helper(); helper()
    warnings.warn('recorded', FutureWarning)
print(len(caught), [str(w.message) for w in caught], [w.category.__name__ for w in caught], caught[0].lineno)
helper()
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        helper()
    except UserWarning as e:
        print('raised:', repr(e))
warnings.filterwarnings('ignore', message='careful.*')
helper()
warnings.resetwarnings()
warnings.simplefilter('once')
for i in range(3):
    warnings.warn('once only')
print(warnings.formatwarning('msg', UserWarning, 'file.py', 3, 'code line'), end='')
def my_show(message, category, filename, lineno, file=None, line=None):
    print('SHOW:', category.__name__, message, lineno)
warnings.showwarning = my_show
warnings.warn('custom shown')
print('end')
