/** Scores quizzes in the page. No storage, no network: reloading the page forgets everything. */

export function scoreQuiz(chosen: Array<number | undefined>, answers: number[]): number {
  return answers.filter((answer, index) => chosen[index] === answer).length;
}

export function startQuizzes(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>('[data-quiz-form]')) {
    const questions = [...form.querySelectorAll<HTMLFieldSetElement>('[data-quiz-question]')];
    const score = form.querySelector<HTMLElement>('[data-quiz-score]');

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const answers = questions.map((q) => Number(q.dataset.answer));
      const chosen = questions.map((q) => {
        const checked = q.querySelector<HTMLInputElement>('input:checked');
        return checked ? Number(checked.value) : undefined;
      });
      questions.forEach((question, index) => {
        const feedback = question.querySelector<HTMLElement>('[data-quiz-feedback]');
        const verdict = question.querySelector<HTMLElement>('[data-quiz-verdict]');
        if (!feedback || !verdict) return;
        verdict.textContent = chosen[index] === answers[index] ? 'Đúng.' : chosen[index] === undefined ? 'Chưa chọn.' : 'Chưa đúng.';
        feedback.hidden = false;
      });
      if (score) score.textContent = `Bạn trả lời đúng ${scoreQuiz(chosen, answers)}/${answers.length} câu.`;
    });

    form.addEventListener('reset', () => {
      form.querySelectorAll<HTMLElement>('[data-quiz-feedback]').forEach((feedback) => (feedback.hidden = true));
      if (score) score.textContent = '';
    });
  }
}
