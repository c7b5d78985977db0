# tutorial 11.2: string.Template substitute, safe_substitute, delimiter subclass
from string import Template
t = Template('${village}folk send $$10 to $cause.')
print(t.substitute(village='Nottingham', cause='the ditch fund'))
t = Template('Return the $item to $owner.')
d = dict(item='unladen swallow')
try:
    t.substitute(d)
except KeyError as e:
    print('KeyError', e)
print(t.safe_substitute(d))
class BatchRename(Template):
    delimiter = '%'
photofiles = ['img_1074.jpg', 'img_1076.jpg', 'img_1077.jpg']
fmt = 'Ashley_%n%f'
t = BatchRename(fmt)
date = 'Jul12'
import os.path
for i, filename in enumerate(photofiles):
    base, ext = os.path.splitext(filename)
    newname = t.substitute(d=date, n=i, f=ext)
    print('{0} --> {1}'.format(filename, newname))
print(Template('$a and ${b}c').substitute({'a': 1}, b=2))
Template('$x $').substitute(x=1)
