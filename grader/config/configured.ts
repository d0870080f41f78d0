// A configured assignment: the built-in exercises the configuration keeps, the teachers' own
// (from the configuration and from --exercises-dir), with the configuration's points.
import path from 'node:path';
import { EXERCISES } from '../spec/index.js';
import type { ExerciseSpec } from '../spec/types.js';
import type { Assignment } from './assignment.js';
import { fail, readConfig, type GradeConfig } from './read.js';
import { exerciseFolders, loadTeacherExercise } from './teacher.js';

export async function configuredAssignment(configFile: string | undefined, dirs: string[]): Promise<Assignment> {
  const config: GradeConfig = configFile ? readConfig(configFile) : {};
  const fromConfig = (config.exercises ?? []).map((dir) => path.resolve(path.dirname(configFile ?? '.'), dir));
  const folders = [...new Set([...fromConfig, ...dirs.flatMap(exerciseFolders)])];
  const teacher = await Promise.all(folders.map(loadTeacherExercise));
  const builtIn = config.builtInExercises ?? EXERCISES.map((e) => e.id);
  const exercises = [...EXERCISES.filter((e) => builtIn.includes(e.id)), ...teacher.map((t) => t.spec)];
  const clash = exercises.find((e, i) => exercises.findIndex((other) => other.id === e.id) !== i);
  if (clash) {
    const where = teacher.find((t) => t.id === clash.id)?.dir;
    fail(configFile ?? where ?? clash.id, [
      `two exercises have the id ${clash.id} (one is ${where}): every ` +
        `exercise needs its own id, it is also its folder name in a submission`,
    ]);
  }
  return {
    exercises: withPoints(exercises, config.points ?? {}, configFile),
    teacher: teacher.map(({ id, dir }) => ({ id, dir })),
    ...(configFile ? { configFile, config } : {}),
  };
}

/** The configuration's points on the steps it names; a key naming no step is an error. */
function withPoints(exercises: ExerciseSpec[], points: Record<string, number>, configFile: string | undefined): ExerciseSpec[] {
  const problems = Object.keys(points).flatMap((key) => {
    const [exercise, step] = key.split('/');
    const found = exercises.find((e) => e.id === exercise);
    if (!found)
      return [
        `points[${JSON.stringify(key)}]: there is no exercise ${exercise} in this ` +
          `assignment (its exercises: ${exercises.map((e) => e.id).join(', ')})`,
      ];
    if (!found.steps.some((s) => s.id === step))
      return [
        `points[${JSON.stringify(key)}]: exercise ${exercise} has no step ${step} (its steps: ${found.steps.map((s) => s.id).join(', ')})`,
      ];
    return [];
  });
  if (problems.length > 0) fail(configFile ?? 'the configuration', problems);
  if (Object.keys(points).length === 0) return exercises;
  return exercises.map((e) => ({
    ...e,
    steps: e.steps.map((s) => (points[`${e.id}/${s.id}`] === undefined ? s : { ...s, points: points[`${e.id}/${s.id}`] })),
  }));
}
