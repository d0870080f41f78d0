# The Python side's guard: what node's permission model does for the Node runtime, as far as Python
# allows. An audit hook refuses file writes, sockets, subprocesses and native code loading once the
# runner is set up; builtins and numpy are put back after every request. Audit hooks are no
# sandbox (code in this process can reach around them through memory tricks): the walls are the
# operating-system layers (dedicated uid, rlimits, namespaces), see docs/security.md.
import builtins
import os
import sys

import numpy as np

WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
REFUSED_PREFIXES = ('socket.', 'subprocess.', 'os.exec', 'os.spawn', 'os.posix_spawn', 'os.fork', 'pty.', 'ctypes.dl',
                    'shutil.', 'os.remove', 'os.rename', 'os.rmdir', 'os.mkdir', 'os.chmod', 'os.chown', 'os.link',
                    'os.symlink', 'os.truncate', 'os.utime', 'os.kill', 'os.killpg', 'os.system', 'os.startfile',
                    'sys.addaudithook', 'winreg.', 'webbrowser.', 'urllib.', 'ftplib.', 'smtplib.', 'http.')


class Refused(PermissionError):
    pass


def _hook(event, args):
    if event == 'open':
        mode, flags = args[1], args[2]
        writing = any(c in mode for c in 'wax+') if isinstance(mode, str) else bool((flags or 0) & WRITE_FLAGS)
        if writing:
            raise Refused('writing files is not allowed in a step (%s): return values instead' % (args[0],))
    elif event.startswith(REFUSED_PREFIXES):
        raise Refused('%s is not allowed in a step: a step only computes with numpy' % event)


# the seeded `randn` a step is given is the only randomness (the contract: never np.random)
RANDOM_NAMES = ('rand', 'randn', 'random', 'random_sample', 'normal', 'standard_normal', 'uniform', 'randint', 'seed',
                'default_rng', 'choice', 'permutation', 'shuffle', 'RandomState', 'Generator')


def _refused_random(name):
    def refused(*args, **kwargs):
        raise Refused('np.random.%s is not allowed: use the seeded randn you are given, randn() or randn(rows, cols), '
                      'so your numbers are the ones the grader expects' % name)
    return refused


def install():
    """Once, after the runner's own set-up: there is no way to remove an audit hook."""
    for name in RANDOM_NAMES:
        if hasattr(np.random, name):
            setattr(np.random, name, _refused_random(name))
    sys.addaudithook(_hook)


# numpy's namespaces a step could patch for the others (np.sum = …), and the builtins
SHARED = [builtins.__dict__, np.__dict__, np.linalg.__dict__, np.random.__dict__]


def snapshot():
    return [dict(space) for space in SHARED]


def restore(saved):
    """Puts back what a step changed; returns the names of changed (not merely added) entries."""
    changed = []
    for space, before in zip(SHARED, saved):
        for key, value in before.items():
            if space.get(key, _MISSING) is not value:
                changed.append(key)
                space[key] = value
        for key in [k for k in space if k not in before]:
            del space[key]
    return changed


_MISSING = object()
