"""Imported only by the forkserver (``dyad.run.local`` names it among the forkserver's preloaded
modules): the forkserver ends with the dyad process that started it, and so do the workers it
forks (each sets its own lifeline on the forkserver)."""

from dyad.run.lifeline import end_with_parent

end_with_parent()
